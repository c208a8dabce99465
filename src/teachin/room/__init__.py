"""The live room: participants answer from their phones' browsers over the local network.

No Qt here (tests/test_layers.py): the room depends on ``store``, ``quiz`` and ``content`` only.

- ``protocol``: what phones and kiosks may send, checked (``Refused(status, message)``).
- ``core``: the rules (phones, the live question or self-paced quiz, answers into the store).
- ``server``: ``Room``, the aiohttp server on its own thread and loop; ``static/``: the page.
- ``network``: LAN addresses, the QR code, the mDNS announcement. ``cli``: ``teachin room``.

For the presenter (all calls return at once; nothing waits on the network)::

    from teachin.room.server import Room

    room = Room(data_dir, deck, host="0.0.0.0", port=0, on_event=hook, store=store)
    room.start()                 # listening when it returns; room.url, room.code, room.port
    room.addresses()             # [(ip, interface)]: let the facilitator pick one, then
    room.use_address(ip)         # room.url / room.join_url / room.qr_svg() show that address
    room.set_live("checkpoint-05", "which-way")   # one question live on every phone (in
                                                  # effect when it returns; phones told after)
    room.start_quiz("post")      # or: each phone takes a whole quiz at its own pace
    room.set_live(None)          # back to the waiting screen
    room.counts()                # (phones joined, phones that answered / finished)
    room.kiosks()                # kiosk laptops: name, answers taken, last seen (kiosks.py)
    room.set_quizzes(deck)       # the deck reloaded: new quizzes, same code, port and phones
    room.stop()                  # nothing listens any more

- ``hook(event: RoomEvent)`` runs on the room's thread after each join and each stored answer
  (``event.joined``, ``event.answered``, ``event.quiz``, ``event.question``): a Qt presenter
  must hand it to its own thread (emit a Signal; a queued connection crosses threads safely)
  and refresh the room chart there. Answers are committed before the hook runs, so the
  chart's reader (store.reader.RoomAnswers) sees them.
- ``store``: pass the presenter's own open Store when it has one, so the folder keeps one writing
  connection (pitfall 6); the room then writes through it from its single writer thread, and
  ``Store.write()``'s lock serialises those writes with any others of the process. Without it the
  room opens the data folder's store itself and closes it on ``stop()``.
- The facilitator's controls are these Python calls only: no URL changes what is live.
"""
