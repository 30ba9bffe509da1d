import { getTranslations } from "next-intl/server";
import { DISPLAY_SETTINGS, PANEL_SETTING_NAMES } from "@/lib/display/settings";
import { DisplayControl, type DisplayLabels } from "./display-control";

/** The "Display" control with its strings in the page's language (passed as props: only these go to the browser). */
export async function DisplaySettingsControl() {
  const t = await getTranslations("display");
  const labels = {
    button: t("button"),
    title: t("title"),
    note: t("note"),
    reset: t("reset"),
    legends: Object.fromEntries(PANEL_SETTING_NAMES.map((name) => [name, t(name)])),
    values: Object.fromEntries(
      PANEL_SETTING_NAMES.map((name) => [name, Object.fromEntries(DISPLAY_SETTINGS[name].values.map((value) => [value, t(`value.${name}.${value}`)]))]),
    ),
  } as DisplayLabels;
  return <DisplayControl labels={labels} />;
}
