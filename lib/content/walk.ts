/** Every list held under the field `name` anywhere in a parsed file, with its path ("plan[2].questions"). */
export function eachNamedList(name: string, value: unknown, visit: (items: string[], field: string) => void, field = "") {
  if (Array.isArray(value)) {
    value.forEach((item, index) => eachNamedList(name, item, visit, `${field}[${index}]`));
  } else if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      const innerField = field ? `${field}.${key}` : key;
      if (key === name && Array.isArray(inner)) visit(inner as string[], innerField);
      else eachNamedList(name, inner, visit, innerField);
    }
  }
}
