/**
 * The end-of-timebox signal: three short tones made with Web Audio, so the
 * app ships no sound files and works offline. Silently does nothing where
 * audio is unavailable (tests, locked-down machines).
 */
export function playEndSignal(): void {
  const AudioContextClass = window.AudioContext as typeof AudioContext | undefined;
  if (!AudioContextClass) return;
  try {
    const audio = new AudioContextClass();
    [0, 0.35, 0.7].forEach((offset) => {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.frequency.value = 880;
      gain.gain.setValueAtTime(0.0001, audio.currentTime + offset);
      gain.gain.exponentialRampToValueAtTime(0.3, audio.currentTime + offset + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + offset + 0.25);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(audio.currentTime + offset);
      oscillator.stop(audio.currentTime + offset + 0.3);
    });
    window.setTimeout(() => void audio.close(), 1500);
  } catch {
    // No audio device: the visual signal still shows.
  }
}
