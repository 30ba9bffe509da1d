import { getLocale, getTranslations } from "next-intl/server";
import { PRIMARY_BUTTON } from "@/components/forms/buttons";
import { LOCALES } from "@/lib/config";

type Props = Readonly<{ action: string; submit: string; id: string }>;

/**
 * The export's options as a plain GET form: the browser downloads the file itself, with or
 * without JavaScript, and the address can be bookmarked. Defaults: comma, names, page language.
 */
export async function ExportForm({ action, submit, id }: Props) {
  const [t, locale] = await Promise.all([getTranslations("export"), getLocale()]);
  return (
    <form method="get" action={action} className="card space-y-5">
      <fieldset>
        <legend className="font-medium">{t("separatorLegend")}</legend>
        <div className="mt-2 space-y-1">
          {(["comma", "semicolon"] as const).map((sep) => (
            <label key={sep} className="choice">
              <input
                type="radio"
                name="sep"
                value={sep}
                defaultChecked={locale === "fr" ? sep === "semicolon" : sep === "comma"}
                className="mt-1 h-4 w-4 accent-accent"
              />
              <span>{sep === "comma" ? t("separatorComma") : t("separatorSemicolon")}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label className="choice">
        <input type="checkbox" name="pseudonymised" value="1" className="mt-1 h-4 w-4 accent-accent" />
        <span>{t("pseudonymised")}</span>
      </label>
      <div>
        <label htmlFor={`${id}-locale`} className="block font-medium">
          {t("localeLabel")}
        </label>
        <select id={`${id}-locale`} name="locale" defaultValue={locale} className="mt-1 rounded-md border border-line bg-surface px-3 py-2">
          {LOCALES.map((code) => (
            <option key={code} value={code} lang={code}>
              {t(`languages.${code}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={PRIMARY_BUTTON}>
        {submit}
      </button>
    </form>
  );
}
