import { PATIENT_PHOTO_MAX_BYTES, type SetPatientPhotoInput } from '../../../shared/schemas/patients';

/** A passport photo's shape (35 × 45 mm), at a size that shows a face clearly on screen and in print. */
export const PHOTO_BOX = { width: 420, height: 540 } as const;

export interface Size {
  width: number;
  height: number;
}

/** The size a picture takes to fit inside `box`, keeping its shape; a smaller picture is not enlarged. */
export function fitWithin(picture: Size, box: Size): Size {
  const scale = Math.min(1, box.width / picture.width, box.height / picture.height);
  return { width: Math.max(1, Math.round(picture.width * scale)), height: Math.max(1, Math.round(picture.height * scale)) };
}

/** JPEG qualities tried in turn until the photo fits the hub's limit. */
export const JPEG_QUALITIES = [0.85, 0.7, 0.55, 0.4] as const;

/** Base64 of a blob's bytes, without the `data:` prefix. */
async function base64Of(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * A camera picture or scan, shrunk on this PC to passport-photo size and saved as JPEG, so a
 * 5 MB phone photo never crosses the network or fills the store. Null when it is not a picture
 * the browser can read.
 */
export async function encodePhoto(file: Blob): Promise<Pick<SetPatientPhotoInput, 'mime' | 'dataBase64'> | null> {
  const bitmap = await createImageBitmap(file).catch(() => null);
  if (!bitmap) return null;
  const size = fitWithin(bitmap, PHOTO_BOX);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) return null;
  // JPEG has no transparency: a transparent PNG would turn black without a white ground.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, size.width, size.height);
  context.drawImage(bitmap, 0, 0, size.width, size.height);
  bitmap.close();
  for (const quality of JPEG_QUALITIES) {
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
    if (blob && blob.size <= PATIENT_PHOTO_MAX_BYTES) return { mime: 'image/jpeg', dataBase64: await base64Of(blob) };
  }
  return null;
}
