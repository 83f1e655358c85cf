import { absoluteUrl } from "../../app/browse-paths.js";
import type { ImageVariant, ImageWithVariants } from "../../app/recipe-json-ld.js";
import type { Recipe } from "../../domain/recipe.js";

/** Pinterest's Save link, no script of theirs: the page, the picture and a description. */
export function pinterestSaveUrl(pageUrl: string, imageUrl: string, description: string): string {
  const query = [
    `url=${encodeURIComponent(pageUrl)}`,
    `media=${encodeURIComponent(imageUrl)}`,
    `description=${encodeURIComponent(description)}`,
  ].join("&");
  return `https://www.pinterest.com/pin/create/button/?${query}`;
}

/** Variants grouped by type, each a srcset: a <source> per modern format, the rest in <img>. */
function sourcesOf(variants: readonly ImageVariant[]) {
  const byType = new Map<string, ImageVariant[]>();
  for (const variant of variants) {
    if (!absoluteUrl("http://x", variant.url)) continue;
    byType.set(variant.type, [...(byType.get(variant.type) ?? []), variant]);
  }
  return [...byType].map(([type, list]) => ({
    type,
    srcset: [...list]
      .sort((a, b) => a.width - b.width)
      .map((v) => `${v.url} ${v.width}w`)
      .join(", "),
  }));
}

const SIZES = "(min-width: 72rem) 68rem, 100vw";

function Picture({ image, alt, eager }: { image: ImageWithVariants; alt: string; eager: boolean }) {
  const sources = sourcesOf(image.variants ?? []);
  const widest = [...(image.variants ?? [])].sort((a, b) => b.width - a.width)[0];
  const width = image.width ?? widest?.width;
  const height = image.height ?? widest?.height;
  const img = (
    <img
      src={image.url}
      alt={alt}
      {...(width && height && { width, height })}
      loading={eager ? "eager" : "lazy"}
      decoding="async"
      {...(eager && { fetchpriority: "high" })}
    />
  );
  if (sources.length === 0) return img;
  return (
    <picture>
      {sources.map((s) => (
        <source type={s.type} srcset={s.srcset} sizes={SIZES} />
      ))}
      {img}
    </picture>
  );
}

export interface RecipeImagesProps {
  readonly recipe: Recipe;
  readonly pageUrl: string;
  /** Public recipes only: a Save link to a page Pinterest cannot read would fail. */
  readonly published: boolean;
}

/** The recipe's pictures, sized to keep the layout still, each with Save and a link of its own. */
export function RecipeImages({ recipe, pageUrl, published }: RecipeImagesProps) {
  const origin = new URL(pageUrl).origin;
  const images = (recipe.images as readonly ImageWithVariants[]).filter((image) =>
    absoluteUrl(origin, image.url),
  );
  if (images.length === 0) return null;
  return (
    <div class="gallery">
      {images.map((image, i) => {
        const alt = image.alt ?? recipe.title;
        const media = absoluteUrl(origin, image.url)!;
        const anchor = `image-${i + 1}`;
        return (
          <figure id={anchor} class="photo">
            <Picture image={image} alt={alt} eager={i === 0} />
            <figcaption>
              {image.caption && <span>{image.caption}</span>}
              <span class="photo-actions no-print">
                {published && (
                  <a
                    class="save"
                    href={pinterestSaveUrl(pageUrl, media, image.caption ?? recipe.title)}
                    rel="noopener"
                    target="_blank"
                  >
                    Save<span class="visually-hidden"> this picture to Pinterest</span>
                  </a>
                )}
                <a class="share" href={`${pageUrl}#${anchor}`}>
                  Link<span class="visually-hidden"> to picture {i + 1}</span>
                </a>
              </span>
            </figcaption>
          </figure>
        );
      })}
    </div>
  );
}
