import { describe, expect, it } from "vitest";
import { findSiteInTitle, stripSiteName } from "./strip-site-name.js";

describe("stripSiteName", () => {
  it.each([
    [
      "Mango Guacamole - Rick Bayless",
      { url: "https://www.rickbayless.com/recipe/x" },
      "Mango Guacamole",
    ],
    ["Fresca Street Tacos | Choose Homemade", { site: "Choose Homemade" }, "Fresca Street Tacos"],
    [
      "PB&J Smoothie Recipe | Quaker Oats",
      { url: "https://www.quakeroats.com/x" },
      "PB&J Smoothie",
    ],
    [
      "Peach and Plum Bread Lasagna - Lidia",
      { url: "https://lidiasitaly.com/x" },
      "Peach and Plum Bread Lasagna",
    ],
    [
      "Zucchini Slice Recipe | perfect for lunches - Julie Goodwin",
      { url: "https://juliegoodwin.com.au/x" },
      "Zucchini Slice",
    ],
  ])("%s → the dish", (title, site, dish) => {
    expect(stripSiteName(title, site)).toBe(dish);
  });

  it.each([
    ["Salt - Fat - Acid - Heat Chicken", { url: "https://example.org/x" }],
    ["Sweet and Sour Pork", { site: "Pork Blog" }],
    ["Chicken Tikka Masala | Indian", { url: "https://cooking.example.com/x" }],
    ["Bread | Bakery", {}],
  ])("keeps %s: no segment after the first names the site", (title, site) => {
    expect(stripSiteName(title, site)).toBe(title);
  });
});

describe("findSiteInTitle", () => {
  it.each([
    [
      "Mantu (Beef Dumplings) | Afghan Kitchen Recipes",
      "https://afghankitchen.example/x",
      undefined,
    ],
    [
      "Mantu (Beef Dumplings) | Afghan Kitchen",
      "https://www.afghankitchen.example/x",
      "Afghan Kitchen",
    ],
    ["Honey Glazed Salmon – Eat, Live, Run", "https://eatliverun.example/x", "Eat, Live, Run"],
    ["Salmon | Kochen mit Picnic", "https://picnic.example/x", undefined],
    ["Salmon - Weeknight Dinners", undefined, undefined],
    // A section's subdomain is not the site's name; a country's second level is passed over.
    ["Paneer Butter Masala | Recipes", "https://recipes.timesofindia.example/x", undefined],
    ["Lamb Stew | BBC Food", "https://www.bbc.co.uk/food/x", undefined],
    ["Lamb Stew | BBC", "https://www.bbc.co.uk/food/x", "BBC"],
  ])("%s on %s → %s", (title, url, site) => {
    expect(findSiteInTitle(title, url)).toBe(site);
  });
});
