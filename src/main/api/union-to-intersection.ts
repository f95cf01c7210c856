/** `A | B` → `A & B`: the routes (or settings) of every module, as one record. */
export type UnionToIntersection<U> = (U extends unknown ? (union: U) => void : never) extends (intersection: infer I) => void ? I : never;
