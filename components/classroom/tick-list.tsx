import type { ReactNode } from "react";

type Item = { id: string; name: string; detail?: ReactNode };

/**
 * Checkboxes named `name`, one an item (a student, a group), their ids as values, in two columns
 * from a small screen up. Ticked at first as `ticked` says; `onTick` tells the caller of each change.
 */
export function TickList({
  name,
  items,
  ticked = [],
  onTick,
}: Readonly<{ name: string; items: readonly Item[]; ticked?: readonly string[]; onTick?: (id: string, on: boolean) => void }>) {
  return (
    <ul className="mt-3 grid gap-1 sm:grid-cols-2">
      {items.map((item) => (
        <li key={item.id}>
          <label className="choice">
            <input
              type="checkbox"
              name={name}
              value={item.id}
              defaultChecked={ticked.includes(item.id)}
              onChange={onTick && ((event) => onTick(item.id, event.currentTarget.checked))}
              className="mt-1 h-4 w-4 accent-accent"
            />
            <span>
              {item.name}
              {item.detail && <span className="block text-sm text-muted">{item.detail}</span>}
            </span>
          </label>
        </li>
      ))}
    </ul>
  );
}
