import { SCRIBE_SAMPLE_RATE } from '../../../shared/schemas/scribe';
import { PcmEncoder } from './pcm-encoder';

/** Why the microphone could not be opened, as the panel explains it. */
export type MicrophoneProblem = 'denied' | 'absent' | 'busy' | 'insecure' | 'unsupported' | 'failed';

export class MicrophoneError extends Error {
  constructor(readonly problem: MicrophoneProblem) {
    super(`microphone ${problem}`);
  }
}

/** An open microphone whose sound is being encoded for the scribe. */
export interface OpenMicrophone {
  encoder: PcmEncoder;
  close: () => Promise<void>;
}

const BLOCK_SAMPLES = 4096;

/**
 * Opens the microphone (audio only) and encodes what it hears as 16 kHz PCM until closed. The
 * context asks for 16 kHz so the browser resamples with its own filter where it can; the encoder
 * handles whatever rate the sound card really gives. A ScriptProcessor rather than an
 * AudioWorklet: a worklet is a separate module file, and this is a few lines on the page.
 */
export async function openMicrophone(): Promise<OpenMicrophone> {
  // A browser gives a page the microphone only over https or on this PC (localhost).
  if (!window.isSecureContext) throw new MicrophoneError('insecure');
  if (!navigator.mediaDevices?.getUserMedia) throw new MicrophoneError('unsupported');
  let stream: MediaStream;
  try {
    // Unprocessed sound: the browser's call-quality filters (noise suppression, gain pumping) smear
    // consonants that speech recognition needs, and nothing plays back into the room to cancel.
    stream = await navigator.mediaDevices.getUserMedia({ audio: { channelCount: 1, echoCancellation: false, noiseSuppression: false, autoGainControl: false }, video: false });
  } catch (error) {
    throw new MicrophoneError(problemOf(error));
  }
  const context = new AudioContext({ sampleRate: SCRIBE_SAMPLE_RATE });
  const encoder = new PcmEncoder(context.sampleRate);
  const source = context.createMediaStreamSource(stream);
  const processor = context.createScriptProcessor(BLOCK_SAMPLES, 1, 1);
  // A processor runs only when connected to the output; silenced, so the room does not hear itself.
  const mute = context.createGain();
  mute.gain.value = 0;
  processor.onaudioprocess = (event) => encoder.push(event.inputBuffer.getChannelData(0));
  source.connect(processor);
  processor.connect(mute);
  mute.connect(context.destination);
  if (context.state === 'suspended') await context.resume();
  return {
    encoder,
    close: async () => {
      processor.onaudioprocess = null;
      source.disconnect();
      processor.disconnect();
      for (const track of stream.getTracks()) track.stop();
      await context.close();
    },
  };
}

function problemOf(error: unknown): MicrophoneProblem {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'absent';
  if (name === 'NotReadableError' || name === 'AbortError') return 'busy';
  return 'failed';
}
