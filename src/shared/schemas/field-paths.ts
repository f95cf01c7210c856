import type { z } from 'zod';

type AnySchema = z.core.$ZodType;

/** A field's path without list positions, the form its label and limit are kept under: `allergies.0.allergen` → `allergies.allergen`. */
export function fieldKey(path: string): string {
  return path
    .split('.')
    .filter((segment) => segment !== '' && !/^[0-9]+$/.test(segment))
    .join('.');
}

interface Visit {
  leaf: (path: string, schema: AnySchema) => void;
  /** A list, which can be refused as a whole (too many entries). */
  list?: (path: string) => void;
}

/** Walks a zod schema's fields, through optional, nullable, default, pipe, union and list wrappers. */
function walk(schema: AnySchema, path: string[], visit: Visit): void {
  const def = schema._zod.def as unknown as { type: string } & Record<string, unknown>;
  const key = path.join('.');
  switch (def.type) {
    case 'object':
      for (const [name, field] of Object.entries(def.shape as Record<string, AnySchema>)) walk(field, [...path, name], visit);
      return;
    case 'array':
      visit.list?.(key);
      return walk(def.element as AnySchema, path, visit);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return walk(def.innerType as AnySchema, path, visit);
    case 'pipe':
      walk(def.in as AnySchema, path, visit);
      walk(def.out as AnySchema, path, visit);
      return;
    case 'union':
      for (const option of def.options as AnySchema[]) walk(option, path, visit);
      return;
    case 'intersection':
      walk(def.left as AnySchema, path, visit);
      walk(def.right as AnySchema, path, visit);
      return;
    case 'transform':
      return;
    default:
      visit.leaf(key, schema);
  }
}

/** Every field (list positions left out) a schema can report a problem with: what needs a label. */
export function fieldPathsOf(schema: AnySchema): string[] {
  const paths = new Set<string>();
  const add = (path: string): void => void paths.add(path);
  walk(schema, [], { leaf: add, list: add });
  return [...paths];
}

/**
 * The most characters each text field takes, by field key, so a form can stop typing at the hub's
 * limit (`maxLength`) instead of being refused on save.
 */
export function textLimitsOf(schema: AnySchema): Record<string, number> {
  const limits: Record<string, number> = {};
  walk(schema, [], {
    leaf: (path, leaf) => {
      const checks = (leaf._zod.def as { checks?: { _zod: { def: { check: string; maximum?: unknown } } }[] }).checks ?? [];
      for (const check of checks) {
        const { check: kind, maximum } = check._zod.def;
        if (kind === 'max_length' && typeof maximum === 'number') limits[path] = Math.min(maximum, limits[path] ?? Number.POSITIVE_INFINITY);
      }
    },
  });
  return limits;
}
