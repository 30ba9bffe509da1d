import { setRequestLocale } from "next-intl/server";
import { compareMetadata, ComparePage } from "@/components/compare/compare-page";
import { PlacesList } from "@/components/compare/places-list";
import { PlacesMap } from "@/components/compare/places-map";
import { getContent } from "@/lib/content";

type Props = Readonly<{ params: Promise<{ locale: string }> }>;

export const generateMetadata = compareMetadata("map");

export default async function MapPage({ params }: Props) {
  setRequestLocale((await params).locale);
  const content = await getContent();
  return (
    <ComparePage section="map" width="max-w-5xl">
      <PlacesMap content={content} />
      <PlacesList content={content} />
    </ComparePage>
  );
}
