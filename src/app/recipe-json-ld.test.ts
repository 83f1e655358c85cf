import { describe, expect, it } from "vitest";
import { validateRecipe } from "../domain/validate-recipe.js";
import {
  toBreadcrumbJsonLd,
  toFaqPageJsonLd,
  toJsonLdPayload,
  toRecipeJsonLd,
} from "./recipe-json-ld.js";

const base = {
  title: "Noodle Soup",
  slug: "noodle-soup",
  story: ["We ate this every winter. It warms you through."],
  ingredientGroups: [
    {
      ingredients: [
        {
          text: "Rice Noodles: wide ones hold the broth best.",
          food: "Rice Noodles",
          note: "wide ones hold the broth best.",
        },
        { text: "2 cups stock", food: "stock", quantity: { kind: "exact", value: 2 }, unit: "cup" },
      ],
    },
  ],
  stepGroups: [
    {
      title: "Broth",
      steps: [
        {
          title: "Simmer",
          text: "Simmer the stock.",
          timers: [{ text: "10-15 minutes", duration: { min: 600, max: 900 } }],
        },
      ],
    },
    { title: "Noodles", steps: [{ text: "Soak the noodles." }] },
  ],
  times: { cook: { min: 1200, max: 1800 } },
  faq: [{ question: "Can I freeze it?", answer: "Yes, for a month." }],
};

function build(extra: Record<string, unknown> = {}) {
  const result = validateRecipe({ ...base, ...extra });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

const pageUrl = "https://claypot.example/recipes/noodle-soup";

describe("toRecipeJsonLd", () => {
  it("describes the recipe as Google reads it", () => {
    const ld = toRecipeJsonLd(build(), {
      pageUrl,
      datePublished: new Date("2026-01-01T00:00:00Z"),
    });
    expect(ld).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Recipe",
      name: "Noodle Soup",
      description: "We ate this every winter. It warms you through.",
      datePublished: "2026-01-01T00:00:00.000Z",
      cookTime: "PT30M",
      recipeIngredient: ["Rice Noodles", "2 cups stock"],
    });
  });

  it("nests titled step groups as sections with anchored steps, numbered across groups", () => {
    const ld = toRecipeJsonLd(build(), { pageUrl });
    expect(ld.recipeInstructions).toEqual([
      {
        "@type": "HowToSection",
        name: "Broth",
        itemListElement: [
          {
            "@type": "HowToStep",
            name: "Simmer",
            text: "Simmer the stock.",
            url: `${pageUrl}#step-1`,
          },
        ],
      },
      {
        "@type": "HowToSection",
        name: "Noodles",
        itemListElement: [
          { "@type": "HowToStep", text: "Soak the noodles.", url: `${pageUrl}#step-2` },
        ],
      },
    ]);
  });

  it("gives nutrition only with a yield and a rating only when someone rated", () => {
    const nutrition = { calories: "320 kcal" };
    expect(toRecipeJsonLd(build({ nutrition }), { pageUrl }).nutrition).toBeUndefined();
    const withYield = build({
      nutrition,
      yields: { quantity: { kind: "exact", value: 4 }, unit: "servings", text: "Serves 4" },
    });
    expect(toRecipeJsonLd(withYield, { pageUrl }).nutrition).toEqual({
      "@type": "NutritionInformation",
      calories: "320 kcal",
    });
    expect(toRecipeJsonLd(withYield, { pageUrl }).recipeYield).toEqual(["4", "Serves 4"]);
    expect(
      toRecipeJsonLd(build({ rating: { value: 4.5, count: 0 } }), { pageUrl }).aggregateRating,
    ).toBeUndefined();
    expect(
      toRecipeJsonLd(build({ rating: { value: 4.5, count: 12 } }), { pageUrl }).aggregateRating,
    ).toMatchObject({ ratingValue: 4.5, ratingCount: 12 });
  });
});

describe("toFaqPageJsonLd", () => {
  it("turns each question into a Question with an accepted Answer", () => {
    expect(toFaqPageJsonLd(build())).toEqual({
      "@context": "https://schema.org",
      "@type": "FAQPage",
      mainEntity: [
        {
          "@type": "Question",
          name: "Can I freeze it?",
          acceptedAnswer: { "@type": "Answer", text: "Yes, for a month." },
        },
      ],
    });
    expect(toFaqPageJsonLd(build({ faq: [] }))).toBeUndefined();
  });
});

describe("images, author and breadcrumbs", () => {
  it("makes image addresses absolute, one per aspect ratio, and drops non-web ones", () => {
    const built = build({
      source: { author: "Linh" },
      images: [
        { url: "/media/soup.jpg", width: 1600, height: 900 },
        { url: "javascript:alert(1)" },
      ],
    });
    // Variants come from uploads; set here whether or not the model's schema lists them yet.
    const variants = [
      { url: "/media/soup-800.webp", width: 800, height: 450, type: "image/webp" },
      { url: "/media/soup-sq.webp", width: 1200, height: 1200, type: "image/webp" },
      { url: "/media/soup-43.webp", width: 1200, height: 900, type: "image/webp" },
    ];
    const recipe = { ...built, images: [{ ...built.images[0]!, variants }, built.images[1]!] };
    const ld = toRecipeJsonLd(recipe, { pageUrl });
    expect(ld.image).toEqual([
      "https://claypot.example/media/soup.jpg",
      "https://claypot.example/media/soup-sq.webp",
      "https://claypot.example/media/soup-43.webp",
    ]);
    expect(ld.author).toEqual({ "@type": "Person", name: "Linh" });
  });

  it("leads Home › cuisine › recipe, or Home › recipe without one", () => {
    const crumbs = toBreadcrumbJsonLd(build({ cuisine: ["Vietnamese"] }), pageUrl);
    expect(crumbs).toMatchObject({
      "@type": "BreadcrumbList",
      itemListElement: [
        { position: 1, name: "Home", item: "https://claypot.example/" },
        { position: 2, name: "Vietnamese", item: "https://claypot.example/cuisines/vietnamese" },
        { position: 3, name: "Noodle Soup", item: pageUrl },
      ],
    });
    const bare = toBreadcrumbJsonLd(build(), pageUrl) as { itemListElement: unknown[] };
    expect(bare.itemListElement).toHaveLength(2);
  });

  it("keeps the API payload to the Recipe and its FAQPage", () => {
    expect(toJsonLdPayload(build({ faq: [] }), { pageUrl })).toMatchObject({ "@type": "Recipe" });
  });
});
