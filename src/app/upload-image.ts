import type { Metadata, Sharp } from "sharp";

/** sharp loads libvips (about 16 MB resident): only once someone uploads an image. */
const loadSharp = async () => (await import("sharp")).default;

import type { RecipeImage } from "../domain/recipe.js";
import { fail, ok, type Result } from "../lib/result.js";
import type { BlobStore } from "./ports.js";

/** An upload bigger than this is refused before it is decoded. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** Decoding past this many pixels (a 40-megapixel photo) is refused: a small file can claim a
 *  huge canvas (a decompression bomb). */
export const MAX_IMAGE_PIXELS = 40_000_000;

export const ImageIssueCode = {
  TooLarge: "IMAGE_TOO_LARGE",
  NotAnImage: "IMAGE_UNREADABLE",
  TooManyPixels: "IMAGE_TOO_MANY_PIXELS",
} as const;

/** Raster formats people upload; SVG (a document that can carry scripts) and the rest are not. */
const ACCEPTED = new Set(["jpeg", "png", "webp", "avif", "gif", "tiff", "heif"]);
const WIDTHS = [480, 960, 1600] as const;
/** The aspect ratios Google asks of a recipe's images, cropped from the centre. */
const CROPS = [
  [16, 9],
  [4, 3],
  [1, 1],
] as const;
const CROP_WIDTH = 1200;

type Variant = NonNullable<RecipeImage["variants"]>[number];

/** An uploaded image → web sizes in WebP and JPEG, and Google's three crops, kept in the
 *  BlobStore; the image as the recipe holds it. The bytes are sniffed by decoding their header
 *  (a name or a declared type proves nothing); orientation is applied and EXIF (places, camera)
 *  dropped, as sharp writes no metadata unless asked. */
export async function uploadImage(
  deps: { readonly blobs: BlobStore },
  bytes: Uint8Array,
  alt?: string,
): Promise<Result<RecipeImage>> {
  if (bytes.byteLength > MAX_IMAGE_BYTES) {
    return fail(
      ImageIssueCode.TooLarge,
      "This image is over 10 MB: make it smaller and try again.",
      ["image"],
    );
  }
  const options = { limitInputPixels: MAX_IMAGE_PIXELS, failOn: "error" as const };
  const sharp = await loadSharp();
  let meta: Metadata;
  try {
    meta = await sharp(bytes, options).metadata();
  } catch {
    return fail(
      ImageIssueCode.NotAnImage,
      "This file is not an image we can read (JPEG, PNG, WebP, AVIF or GIF).",
      ["image"],
    );
  }
  if (!meta.format || !ACCEPTED.has(meta.format) || !meta.width || !meta.height) {
    return fail(
      ImageIssueCode.NotAnImage,
      "This file is not an image we can read (JPEG, PNG, WebP, AVIF or GIF).",
      ["image"],
    );
  }
  if (meta.width * meta.height > MAX_IMAGE_PIXELS) {
    return fail(
      ImageIssueCode.TooManyPixels,
      "This image has too many pixels (over 40 megapixels).",
      ["image"],
    );
  }
  try {
    // EXIF orientations 5 to 8 turn the picture a quarter: its width is the stored height.
    const width = (meta.orientation ?? 1) >= 5 ? meta.height : meta.width;
    const { variants, main } = await makeVariants(deps.blobs, sharp(bytes, options), width);
    return ok({
      url: main.url,
      width: main.width,
      height: main.height,
      ...(alt?.trim() && { alt: alt.trim().slice(0, 500) }),
      variants,
    });
  } catch {
    // Header read, body broken (a truncated file): as unreadable as any other non-image.
    return fail(ImageIssueCode.NotAnImage, "This image is damaged and cannot be read.", ["image"]);
  }
}

async function makeVariants(
  blobs: BlobStore,
  input: Sharp,
  fullWidth: number,
): Promise<{ variants: Variant[]; main: Variant }> {
  // Oriented by its EXIF first; every output is cloned from the one input.
  const source = input.rotate().timeout({ seconds: 30 });
  const variants: Variant[] = [];
  const keep = async (pipeline: Sharp, extension: string, type: string) => {
    const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
    const key = await blobs.put(data, extension);
    const variant = { url: `/media/${key}`, width: info.width, height: info.height, type };
    variants.push(variant);
    return variant;
  };
  const widths = [...new Set(WIDTHS.map((w) => Math.min(w, fullWidth)))];
  let main: Variant | undefined;
  for (const width of widths) {
    const resized = source.clone().resize({ width, withoutEnlargement: true });
    await keep(resized.clone().webp({ quality: 80 }), "webp", "image/webp");
    main = await keep(resized.clone().jpeg({ quality: 82, mozjpeg: true }), "jpg", "image/jpeg");
  }
  for (const [w, h] of CROPS) {
    const width = Math.min(CROP_WIDTH, fullWidth);
    const crop = source
      .clone()
      .resize({ width, height: Math.round((width * h) / w), fit: "cover" });
    await keep(crop.jpeg({ quality: 82, mozjpeg: true }), "jpg", "image/jpeg");
  }
  return { variants, main: main! };
}
