// pino-roll ships no types: this is the part the hub's log uses (a size-rotated SonicBoom file stream).
declare module 'pino-roll' {
  import type { SonicBoom, SonicBoomOpts } from 'sonic-boom';

  namespace pinoRoll {
    interface PinoRollOptions extends Omit<SonicBoomOpts, 'dest' | 'fd'> {
      /** Base path: `logs/hub.log` is written as `logs/hub.1.log`, `logs/hub.2.log`, … */
      file: string;
      /** A number is megabytes; a string may end in b, k, m or g. */
      size?: number | string;
      frequency?: 'daily' | 'hourly' | number;
      extension?: string;
      symlink?: boolean;
      /** `count` files are kept besides the one being written. */
      limit?: { count: number; removeOtherLogFiles?: boolean };
      dateFormat?: string;
    }
  }

  /** The module is this one function (CommonJS `module.exports`). */
  function pinoRoll(options: pinoRoll.PinoRollOptions): Promise<SonicBoom>;
  export = pinoRoll;
}
