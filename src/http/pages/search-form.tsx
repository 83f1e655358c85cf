import { SEARCH_SORTS } from "../../app/ports.js";

export interface SearchFormValues {
  readonly q?: string;
  readonly ingredients?: string;
  readonly cuisine?: string;
  readonly maxMinutes?: number;
  readonly sort?: string;
}

/** A plain GET form: search works without JavaScript and every result page has an address. */
export function SearchForm({ values = {} }: { values?: SearchFormValues }) {
  return (
    <search>
      <form class="search" action="/search" method="get">
        <label>
          Search recipes
          <input type="search" name="q" value={values.q ?? ""} placeholder="pork stir fry" />
        </label>
        <label>
          Foods you have
          <input
            type="text"
            name="ingredients"
            value={values.ingredients ?? ""}
            placeholder="pork, chilies, rice"
          />
        </label>
        <label>
          Cuisine
          <input type="text" name="cuisine" value={values.cuisine ?? ""} placeholder="Vietnamese" />
        </label>
        <label>
          Ready in (minutes)
          <input type="number" name="maxMinutes" min="1" value={values.maxMinutes ?? ""} />
        </label>
        <label>
          Sort
          <select name="sort">
            <option value="">best match</option>
            {SEARCH_SORTS.filter((s) => s !== "relevance").map((sort) => (
              <option value={sort} selected={values.sort === sort}>
                {sort}
              </option>
            ))}
          </select>
        </label>
        <button class="button" type="submit">
          Search
        </button>
      </form>
    </search>
  );
}
