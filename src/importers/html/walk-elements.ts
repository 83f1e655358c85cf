import type { AnyNode, Element } from "domhandler";
import { isTag } from "domhandler";

/** Visits the elements under `roots` in reading order, without recursion (pages nest deep);
 *  `visit` answers whether to read the element's children too. */
export function walkElements(roots: readonly AnyNode[], visit: (el: Element) => boolean): void {
  const stack: AnyNode[] = [...roots].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isTag(node) && !visit(node)) continue;
    if ("children" in node) {
      const children = (node as { children: AnyNode[] }).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
}

/** Whether an element under `el` (not `el` itself) passes `test`; stops at the first. */
export function holdsElement(el: Element, test: (el: Element) => boolean): boolean {
  let found = false;
  walkElements(el.children, (node) => {
    found ||= test(node);
    return !found;
  });
  return found;
}
