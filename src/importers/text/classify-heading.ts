/** The part of a recipe a heading introduces, from the words authors use for it. The patterns
 *  are anchored so that a sentence merely containing "steps" or "notes" is not a heading. */
export type SectionKind =
  | "story"
  | "authorNotes"
  | "ingredients"
  | "steps"
  | "variations"
  | "pairings"
  | "faq"
  | "conclusion"
  | "storage"
  | "equipment"
  | "nutrition"
  | "end"
  | "other";

const HEADINGS: ReadonlyArray<readonly [SectionKind, RegExp]> = [
  [
    "faq",
    /\b(?:faqs?|frequently asked questions?|questions (?:and|&) answers|q ?(?:&|and) ?a|(?:common|your) questions)$/,
  ],
  [
    "ingredients",
    /^(?:the |main |recipe )?ingredients?(?: list)?\b|\bingredients$|^what (?:you(?:'ll| will)? |you )need\b|^you(?:'ll| will)? need\b|^shopping list$|^what's in (?:it|this)\b|^(?:zutaten|ingrédients?|ingredi[eë]nten|ingredienti|ingredientes|ingredienser|ingrediencie|ingredience|hozzávalók|składniki|suroviny|sastojci|ainekset|υλικά)(?![\p{L}])/u,
  ],
  [
    "steps",
    /^(?:the )?(?:method|instructions?|directions?|steps?|preparation|procedure)\b|\b(?:method|instructions|directions)$|^how to (?:make|cook|prepare)\b|^let's (?:make|cook|get (?:cooking|started))\b|^(?:making|cooking) (?:it|this|the)\b|^step[- ]by[- ]step\b|^(?:zubereitung(?:sart|sschritte)?|anleitung|so wird'?s gemacht|préparation|étapes|instructions|bereiding(?:swijze)?|werkwijze|preparazione|procedimento|preparación|elaboración|pasos|modo de prepar[oa]|preparo|tilberedning|fremgangsmåte|fremgangsmåde|slik gjør du|gör så här|instruktioner|elkészítés|postup|příprava|priprema|valmistus|przygotowanie|sposób przygotowania)\b/,
  ],
  // Scripts without capitals or spaces between words, where \b finds no word's edge.
  [
    "ingredients",
    /^(?:材料|食材|用料|재료|ингредиенты|продукты|المكونات|مكونات|المقادير|مقادير|اجزاء|مواد لازم|מצרכים|רכיבים|ส่วนผสม|सामग्री)(?![\p{L}])/u,
  ],
  [
    "steps",
    /^(?:作り方|做法|作法|步骤|制作方法|만드는 ?법|조리 ?순서|조리법|приготовление|способ приготовления|طريقة التحضير|طريقة العمل|ترکیب|طرز تهیه|אופן ההכנה|הוראות הכנה|วิธีทำ|विधि)(?![\p{L}])/u,
  ],
  [
    "variations",
    /^variations?\b|\bvariations$|^switch (?:things|it) up\b|^(?:substitutions?|swaps|twists|make it your own|ways to (?:change|vary)|mix it up|customi[sz]\w*|adaptations?)\b/,
  ],
  [
    "pairings",
    /^pairings?\b|\bpairings?$|^(?:what to )?serve (?:it |this )?with\b|^serving (?:suggestions?|ideas)\b|^what to serve\b|^goes (?:well )?with\b|^to serve$/,
  ],
  [
    "conclusion",
    /^(?:in )?conclusion$|^final thoughts\b|^wrapping (?:it )?up\b|^in closing\b|^the bottom line\b|^enjoy!?$/,
  ],
  [
    "storage",
    /^(?:storage|storing|how to store|leftovers|make[- ]ahead|freezing|reheating)\b|\b(?:storage|leftovers)$/,
  ],
  [
    "authorNotes",
    /^(?:tipps?|astuces?|conseils?|consiglio|consigli|consejos?|notas?|notities|anmerkungen?)$|^why (?:i|we|you(?:'ll| will)?) (?:love|like|adore)\b|^why (?:this|it) (?:recipe )?works\b|^(?:recipe |cook's |chef's )?notes?$|^(?:top |expert |my )?tips?\b|(?:^|[\s/])(?:recipe|cooking|baking|kitchen|expert|pro|chef|storage|storing|freezing|serving|shopping|buying|easy|top|best|helpful|quick|time[- ]saving|success|substitution|make[- ]ahead|my|our|gluten[- ]free|dairy[- ]free|egg[- ]free|nut[- ]free|vegan|vegetarian|fodmap|notes|and|&|en|und|et|\p{L}+'s)[\s/]+tips(?: (?:and|&) tricks)?$|^about (?:this|the) recipe\b|^before you (?:start|begin)\b/u,
  ],
];

/** Words of the page around a recipe: they end the section before them and start none of the
 *  recipe's own ("Nutrition", "Comments", "You may also like", "Did you make this recipe?"). */
const CLOSING: ReadonlyArray<readonly [SectionKind, RegExp]> = [
  [
    "equipment",
    /^(?:special |essential |extra |additional )?(?:equipment|tools|kitchen tools|utensils|supplies|ustensiles|matériel|utensilien|küchengeräte|benodigdheden|attrezzatura|strumenti|utensili|utensilios)(?: needed| used| you'll need)?$/,
  ],
  [
    "nutrition",
    /^(?:nutrition(?:al)?(?: (?:facts|information|info|per serving))?|nährwerte|valeurs nutritionnelles|voedingswaarden?|valori nutrizionali|información nutricional)\b/,
  ],
  [
    "end",
    /^(?:\d[\d,.]* )?(?:comments?|reviews?|kommentare|commentaires|reacties|commenti|comentarios)(?: \(\d+\))?$|^(?:\d[\d,.]*|one|no) (?:comments?|responses?|replies|thoughts|reviews?) (?:on|to)\b|^(?:leave|post|add|write) a (?:comment|review|reply)\b|^(?:did you|have you) (?:make|made|try|tried) (?:this|it)\b|^tried this recipe\b|^tags$|^(?:you (?:may|might) (?:also )?(?:like|enjoy)|related (?:recipes|posts)|more (?:\w+ )?recipes|similar recipes|recipes you'll love|popular recipes|latest recipes|reader interactions|recipe reviews?|rate this recipe)\b/,
  ],
];

export function normaliseHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[:.!]+$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** A button's label names a section without opening one ("Print instructions", "Jump to recipe"). */
const BUTTON_LABEL =
  /^(?:print|save|jump to|skip to|go to|email|send|share|pin|download|view|show|hide|watch|copy|add to|shop|buy|drucken|imprimer|stampa|imprimir|afdrukken)\b/;

/** The kind of section a heading's words announce, or undefined when they announce none. */
export function classifyHeading(text: string): SectionKind | undefined {
  const words = normaliseHeading(text);
  if (BUTTON_LABEL.test(words)) return undefined;
  return (
    HEADINGS.find(([, pattern]) => pattern.test(words))?.[0] ??
    CLOSING.find(([, pattern]) => pattern.test(words))?.[0]
  );
}
