/**
 * The timer's end signal: a short soft chime (two quiet sine notes that fade), never an alarm.
 * Browsers let a page make sound only after the person has touched it, so the audio context is
 * made on the first pointer or key press; until then the chime stays silent and the visual
 * pulse alone says the time is up.
 */
const NOTES = [
  { hz: 659.25, at: 0 },
  { hz: 880, at: 0.18 },
];
const PEAK_GAIN = 0.06;
const FADE_SECONDS = 1.2;

export class Chime {
  private context: AudioContext | null = null;

  constructor(private readonly target: Window = window) {
    target.addEventListener('pointerdown', this.unlock, true);
    target.addEventListener('keydown', this.unlock, true);
  }

  destroy(): void {
    this.stopListening();
    void this.context?.close();
    this.context = null;
  }

  /** Plays the chime if the browser allows sound now. */
  play(): void {
    const context = this.context;
    if (context === null || context.state !== 'running') return;
    const start = context.currentTime;
    for (const note of NOTES) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = note.hz;
      gain.gain.setValueAtTime(0, start + note.at);
      gain.gain.linearRampToValueAtTime(PEAK_GAIN, start + note.at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + note.at + FADE_SECONDS);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(start + note.at);
      oscillator.stop(start + note.at + FADE_SECONDS);
    }
  }

  private readonly unlock = (): void => {
    this.stopListening();
    try {
      this.context = new AudioContext();
      void this.context.resume();
    } catch {
      // No Web Audio here: the pulse is signal enough.
      this.context = null;
    }
  };

  private stopListening(): void {
    this.target.removeEventListener('pointerdown', this.unlock, true);
    this.target.removeEventListener('keydown', this.unlock, true);
  }
}
