/**
 * Sets inline styles with !important: the one kind of rule a page's own CSS cannot override
 * (not even `* { all: unset !important }`), so our marks and cards look the same on every site.
 * Written as one declaration block rather than property by property: a long article has hundreds
 * of marks, and each separate property set is parsed and invalidates the style on its own.
 */
export function setImportantStyles(element: HTMLElement, styles: Record<string, string>): void {
  const declarations = importantDeclarations(styles);
  const current = element.style.cssText;
  element.style.cssText = current ? `${current}; ${declarations}` : declarations;
}

/** The declaration block setImportantStyles writes; an element created bare can take it as its style attribute. */
export function importantDeclarations(styles: Record<string, string>): string {
  return Object.entries(styles)
    .map(([property, value]) => `${property}: ${value} !important`)
    .join('; ');
}
