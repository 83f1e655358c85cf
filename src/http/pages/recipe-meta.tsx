import { imageUrls } from "../../app/recipe-json-ld.js";
import type { Recipe } from "../../domain/recipe.js";

export const SITE_NAME = "Claypot";

/** OpenGraph for Pinterest Rich Pins and link previews, and Twitter's card. */
export function RecipeMeta(props: { recipe: Recipe; pageUrl: string; description?: string }) {
  const { recipe, pageUrl, description } = props;
  const image = imageUrls(recipe, new URL(pageUrl).origin)[0];
  return (
    <>
      <meta property="og:type" content="article" />
      <meta property="og:site_name" content={SITE_NAME} />
      <meta property="og:title" content={recipe.title} />
      {description && <meta property="og:description" content={description} />}
      <meta property="og:url" content={pageUrl} />
      {image && <meta property="og:image" content={image} />}
      {recipe.language && <meta property="og:locale" content={recipe.language.replace("-", "_")} />}
      <meta name="twitter:card" content={image ? "summary_large_image" : "summary"} />
      <meta name="twitter:title" content={recipe.title} />
      {description && <meta name="twitter:description" content={description} />}
      {image && <meta name="twitter:image" content={image} />}
    </>
  );
}
