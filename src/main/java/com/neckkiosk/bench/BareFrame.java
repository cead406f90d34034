package com.neckkiosk.bench;

import java.awt.EventQueue;
import java.awt.Graphics;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.WindowConstants;

/**
 * The start-up yardstick: a plain Swing {@code JFrame} with one {@code JLabel}, no look and
 * feel, no layout library. Exits right after its first paint, or stays open with {@code --stay}
 * (for its idle memory).
 */
public final class BareFrame {

    private BareFrame() {
    }

    public static void main(String[] args) {
        boolean stay = args.length > 0 && args[0].equals("--stay");
        EventQueue.invokeLater(() -> {
            JFrame frame = new JFrame("bare");
            frame.setDefaultCloseOperation(WindowConstants.EXIT_ON_CLOSE);
            frame.setContentPane(new JLabel("Hello") {
                private boolean painted;

                @Override
                protected void paintComponent(Graphics g) {
                    super.paintComponent(g);
                    if (!painted && !stay) {
                        painted = true;
                        EventQueue.invokeLater(() -> System.exit(0));
                    }
                }
            });
            frame.setSize(1280, 800);
            frame.setVisible(true);
        });
    }
}
