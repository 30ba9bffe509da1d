import { getTranslations } from "next-intl/server";
import { controlNumber } from "@/lib/content/controls";

/** Where a passage is: the title, a paragraph (§ 4) or a control excerpt of the technique exercise. */
export async function BlockLabel({ block }: Readonly<{ block: string }>) {
  const [t, discernment] = await Promise.all([getTranslations("review"), getTranslations("discernment")]);
  const control = controlNumber(block);
  if (control !== null) return discernment("controlLabel", { number: control });
  return block === "title" ? t("titleBlock") : t("paragraph", { number: Number(block.slice(1)) });
}
