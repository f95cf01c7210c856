/**
 * The JSON object in a model's answer. Models asked for JSON still wrap it in a ```json fence or
 * say a sentence first, so the first `{` to the last `}` is taken. Undefined when there is none
 * or it does not parse: the feature then falls back to its local engine.
 */
export function modelJson(text: string): unknown {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end < start) return undefined;
  try {
    return JSON.parse(text.slice(start, end + 1)) as unknown;
  } catch {
    return undefined;
  }
}
