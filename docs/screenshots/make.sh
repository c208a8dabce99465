#!/bin/sh
# Regenerate the README screenshots with the app itself: `teachin shot` renders what the
# audience sees (offscreen), kiosk.py grabs the quiz kiosk. Slide numbers follow
# `teachin check --list`; update them when the deck changes.
set -e
cd "$(dirname "$0")"
teachin shot --slide 1 --out cover.png --size 1280x720
teachin shot --slide 8 --step 2 --out reveal-step-2.png --size 1280x720
teachin shot --slide 27 --out quote.png --size 1280x720
teachin shot --slide 34 --out chart.png --size 1280x720
teachin shot --slide 38 --out magnitude.png --size 1280x720
teachin shot --slide 53 --out chart-high-contrast.png --size 1280x720 --high-contrast
teachin shot --slide 31 --out quiz.png --size 1280x720
QT_QPA_PLATFORM=offscreen python kiosk.py kiosk.png
QT_QPA_PLATFORM=offscreen python room.py join.png console-room.png
