/** Whether a JSON-LD type or motivation, which may be one name or a list of names, includes `name`. */
export function hasName(value: unknown, name: string): boolean {
  return value === name || (Array.isArray(value) && value.includes(name));
}
