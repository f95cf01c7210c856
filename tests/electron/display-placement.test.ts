import { describe, expect, it } from 'vitest';
import { displayRoute, externalMonitor } from '../../src/main/electron/display-placement';

const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1366, height: 768 } };
const tv = { id: 2, bounds: { x: 1366, y: 0, width: 1920, height: 1080 } };
const smallMonitor = { id: 3, bounds: { x: -1024, y: 0, width: 1024, height: 768 } };

describe('waiting-room board placement', () => {
  it('uses the largest monitor other than the one staff work on', () => {
    expect(externalMonitor([laptop, smallMonitor, tv], laptop.id)).toEqual(tv);
    expect(externalMonitor([tv, laptop], tv.id)).toEqual(laptop);
  });

  it('leaves a single monitor to the front desk', () => {
    expect(externalMonitor([laptop], laptop.id)).toBeNull();
  });

  it('opens the display route with the pairing code, escaped', () => {
    expect(displayRoute('AB12 CD')).toBe('/display?code=AB12%20CD');
  });
});
