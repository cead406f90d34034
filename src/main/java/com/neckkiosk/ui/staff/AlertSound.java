package com.neckkiosk.ui.staff;

import java.awt.Toolkit;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * The alert's sound: a generated two-tone chime through javax.sound.sampled, or, where the
 * computer has no audio device, the system beep (and the console says sound is off, and
 * relies on its flashing window).
 */
interface AlertSound {

    boolean available();

    /** Plays once, without blocking the caller. */
    void play();

    /** Finds out once whether a sound line can be opened. */
    static AlertSound detect() {
        AudioFormat format = new AudioFormat(Chime.RATE, 16, 1, true, false);
        try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
            line.open(format);
            return new Chime(format);
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            return new Beep();
        }
    }

    /** 880 Hz then 660 Hz, a third of a second each, faded in and out so it does not click. */
    final class Chime implements AlertSound {
        static final float RATE = 22_050f;
        private final AudioFormat format;
        private final byte[] samples = tones(880, 660);

        Chime(AudioFormat format) {
            this.format = format;
        }

        static byte[] tones(double... hertz) {
            int perTone = (int) (RATE / 3);
            byte[] pcm = new byte[perTone * hertz.length * 2];
            int i = 0;
            for (double f : hertz) {
                for (int n = 0; n < perTone; n++) {
                    double fade = Math.min(1, Math.min(n, perTone - n) / (RATE * 0.02));
                    short value = (short) (Math.sin(2 * Math.PI * f * n / RATE) * 0.6 * fade * Short.MAX_VALUE);
                    pcm[i++] = (byte) value;
                    pcm[i++] = (byte) (value >> 8);
                }
            }
            return pcm;
        }

        @Override
        public boolean available() {
            return true;
        }

        @Override
        public void play() {
            Thread player = new Thread(() -> {
                try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
                    line.open(format);
                    line.start();
                    line.write(samples, 0, samples.length);
                    line.drain();
                } catch (LineUnavailableException | IllegalArgumentException e) {
                    Toolkit.getDefaultToolkit().beep();
                }
            }, "alert-sound");
            player.setDaemon(true);
            player.start();
        }
    }

    /** No audio device: the system beep, which may be silent too. */
    final class Beep implements AlertSound {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public void play() {
            Toolkit.getDefaultToolkit().beep();
        }
    }
}
