/** The sound and buzz of a timer. Browsers let a page play sound only after a gesture, so the
 *  audio is primed when a timer is started (a click) and rung later from the ticker. Either may
 *  be missing (no WebAudio, no vibration on desktops): the tray still shows the alarm. */
export interface Alarm {
  prime(): void;
  ring(kind: "check" | "done"): void;
}

type AudioContextClass = typeof AudioContext;

const BEEPS = {
  check: { count: 2, hertz: 660, vibrate: [200, 100, 200] },
  done: { count: 4, hertz: 880, vibrate: [400, 150, 400, 150, 400] },
} as const;

export function createAlarm(win: Window = window): Alarm {
  let audio: AudioContext | undefined;
  const AudioClass = (win as unknown as { AudioContext?: AudioContextClass }).AudioContext;
  return {
    prime() {
      try {
        audio ??= AudioClass ? new AudioClass() : undefined;
        if (audio?.state === "suspended") void audio.resume();
      } catch {
        audio = undefined;
      }
    },
    ring(kind) {
      const beep = BEEPS[kind];
      try {
        if (audio) {
          for (let i = 0; i < beep.count; i++) {
            const at = audio.currentTime + i * 0.3;
            const tone = audio.createOscillator();
            const gain = audio.createGain();
            tone.frequency.value = beep.hertz;
            gain.gain.setValueAtTime(0.25, at);
            gain.gain.exponentialRampToValueAtTime(0.001, at + 0.2);
            tone.connect(gain).connect(audio.destination);
            tone.start(at);
            tone.stop(at + 0.2);
          }
        }
      } catch {
        // A closed or refused audio context: the tray and the vibration still alarm.
      }
      if (typeof win.navigator.vibrate === "function") win.navigator.vibrate([...beep.vibrate]);
    },
  };
}
