import type { PathCommand } from 'fontkit';
import { inkSpan, type Bitmap } from './bitmap';

/** A point in printer dots, y growing down the paper. */
export interface Point {
  x: number;
  y: number;
}

/** How far a flattened curve may stray from the true one, in dots: well under a dot, so no dot changes. */
const TOLERANCE = 0.2;
const MAX_SEGMENTS = 32;

/**
 * Turns an outline into closed polygons in dots: curves become short straight segments, enough
 * that none strays more than TOLERANCE from its curve. `toDots` maps font units to dots; it must
 * be affine (scale and move), so mapping the control points first gives the same curve.
 */
export function flattenOutline(commands: readonly PathCommand[], toDots: (x: number, y: number) => Point): Point[][] {
  const contours: Point[][] = [];
  let contour: Point[] = [];
  let pen: Point = { x: 0, y: 0 };
  let start = pen;
  const close = (): void => {
    if (contour.length > 2) contours.push(contour);
    contour = [];
  };
  const to = (point: Point): void => {
    if (contour.length === 0) contour.push(pen);
    contour.push(point);
    pen = point;
  };
  for (const { command, args } of commands) {
    if (command === 'moveTo') {
      close();
      pen = start = toDots(args[0], args[1]);
    } else if (command === 'lineTo') {
      to(toDots(args[0], args[1]));
    } else if (command === 'quadraticCurveTo') {
      const [p0, c, p1] = [pen, toDots(args[0], args[1]), toDots(args[2], args[3])];
      const n = segments(Math.hypot(p0.x - 2 * c.x + p1.x, p0.y - 2 * c.y + p1.y) / 4);
      for (let i = 1; i <= n; i++) {
        const t = i / n;
        const [a, b, d] = [(1 - t) * (1 - t), 2 * (1 - t) * t, t * t];
        to({ x: a * p0.x + b * c.x + d * p1.x, y: a * p0.y + b * c.y + d * p1.y });
      }
    } else if (command === 'bezierCurveTo') {
      const [p0, c1, c2, p1] = [pen, toDots(args[0], args[1]), toDots(args[2], args[3]), toDots(args[4], args[5])];
      const bend = Math.max(Math.hypot(p0.x - 2 * c1.x + c2.x, p0.y - 2 * c1.y + c2.y), Math.hypot(c1.x - 2 * c2.x + p1.x, c1.y - 2 * c2.y + p1.y));
      const n = segments((3 * bend) / 4);
      for (let i = 1; i <= n; i++) {
        const t = i / n;
        const [a, b, c, d] = [(1 - t) ** 3, 3 * (1 - t) ** 2 * t, 3 * (1 - t) * t * t, t ** 3];
        to({ x: a * p0.x + b * c1.x + c * c2.x + d * p1.x, y: a * p0.y + b * c1.y + c * c2.y + d * p1.y });
      }
    } else {
      close();
      pen = start;
    }
  }
  close();
  return contours;
}

/** Segments for a curve whose control polygon bends by `bend` dots: the chord error falls with the square of the count. */
function segments(bend: number): number {
  return Math.min(MAX_SEGMENTS, Math.max(1, Math.ceil(Math.sqrt(bend / TOLERANCE))));
}

interface Edge {
  top: number;
  bottom: number;
  /** x where the edge crosses y = top, and how far x moves per dot down. */
  x: number;
  slope: number;
  /** +1 for an edge going down, −1 going up: the winding it adds when crossed. */
  winding: number;
}

/**
 * Blackens every dot whose centre is inside the polygons by the non-zero winding rule (the
 * rule TrueType and CFF outlines are drawn by: a counter wound the other way stays white).
 * Dots left of 0 or at or right of `clipRight` are left alone.
 */
export function fillContours(bitmap: Bitmap, contours: readonly Point[][], clipRight = bitmap.width): void {
  const edges: Edge[] = [];
  for (const contour of contours) {
    for (let i = 0; i < contour.length; i++) {
      const a = contour[i];
      const b = contour[(i + 1) % contour.length];
      if (a.y === b.y) continue;
      const [upper, lower] = a.y < b.y ? [a, b] : [b, a];
      edges.push({ top: upper.y, bottom: lower.y, x: upper.x, slope: (lower.x - upper.x) / (lower.y - upper.y), winding: a.y < b.y ? 1 : -1 });
    }
  }
  if (edges.length === 0) return;
  const top = Math.max(0, Math.ceil(Math.min(...edges.map((edge) => edge.top)) - 0.5));
  const bottom = Math.min(bitmap.height - 1, Math.floor(Math.max(...edges.map((edge) => edge.bottom)) - 0.5));
  const right = Math.min(clipRight, bitmap.width) - 1;
  const crossings: { x: number; winding: number }[] = [];
  for (let y = top; y <= bottom; y++) {
    const centre = y + 0.5;
    crossings.length = 0;
    for (const edge of edges) {
      if (centre >= edge.top && centre < edge.bottom) crossings.push({ x: edge.x + (centre - edge.top) * edge.slope, winding: edge.winding });
    }
    crossings.sort((p, q) => p.x - q.x);
    let winding = 0;
    for (let i = 0; i + 1 < crossings.length; i++) {
      winding += crossings[i].winding;
      if (winding === 0) continue;
      // The dots whose centres x + 0.5 lie in [from, to).
      const from = Math.max(0, Math.ceil(crossings[i].x - 0.5));
      const to = Math.min(right, Math.ceil(crossings[i + 1].x - 0.5) - 1);
      if (from <= to) inkSpan(bitmap, y, from, to);
    }
  }
}
