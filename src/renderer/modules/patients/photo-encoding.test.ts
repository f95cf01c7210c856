import { describe, expect, it } from 'vitest';
import { fitWithin, PHOTO_BOX } from './photo-encoding';

describe('fitting a patient photo to passport size', () => {
  it('shrinks a phone picture to fit the box, keeping its shape', () => {
    expect(fitWithin({ width: 3024, height: 4032 }, PHOTO_BOX)).toEqual({ width: 405, height: 540 });
    expect(fitWithin({ width: 4032, height: 3024 }, PHOTO_BOX)).toEqual({ width: 420, height: 315 });
  });

  it('leaves a small picture as it is, and never rounds a side to nothing', () => {
    expect(fitWithin({ width: 200, height: 260 }, PHOTO_BOX)).toEqual({ width: 200, height: 260 });
    expect(fitWithin({ width: 10000, height: 2 }, PHOTO_BOX)).toEqual({ width: 420, height: 1 });
  });
});
