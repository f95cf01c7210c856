import { describe, expect, it } from 'vitest';
import { isAbsolutePath } from './backup';

describe('backup folders and files are full paths', () => {
  it('takes POSIX, Windows drive and network share paths', () => {
    for (const full of ['/media/usb/ClinicDesk', 'E:\\ClinicDesk', 'e:/ClinicDesk', '\\\\nas\\clinic\\backups']) expect(isAbsolutePath(full), full).toBe(true);
  });

  it('refuses paths relative to wherever the hub was started', () => {
    for (const relative of ['backups', './backups', '../backups', 'E:ClinicDesk', '~/backups', '\\\\nas', 'C:']) expect(isAbsolutePath(relative), relative).toBe(false);
  });
});
