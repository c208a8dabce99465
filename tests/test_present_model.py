"""The pure presentation model: navigation, jumps, blanking, overview, Esc, timers (no Qt)."""

from __future__ import annotations

import pytest

from teachin.presenting import (
    Action,
    Blank,
    ModuleTimes,
    Position,
    Presentation,
    Stopwatch,
    View,
    laptop_screen,
    relocate,
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def deck(clock: FakeClock | None = None) -> Presentation:
    # slide 1 reveals in 3 steps; modules: slides 0-1 in module 0, slides 2-4 in module 1
    return Presentation([1, 3, 1, 1, 2], [0, 0, 1, 1, 1], [10, 20], clock=clock or FakeClock())


def test_next_walks_steps_then_slides_and_stops_at_the_end() -> None:
    p = deck()
    seen = [p.position]
    for _ in range(10):
        p.apply(Action.NEXT)
        seen.append(p.position)
    expected = [(0, 0), (1, 0), (1, 1), (1, 2), (2, 0), (3, 0), (4, 0), (4, 1)]
    assert [(s.slide, s.step) for s in seen[: len(expected)]] == expected
    assert p.position == Position(4, 1)  # further presses stay on the last step
    assert p.next_position() is None


def test_previous_goes_back_to_the_fully_revealed_previous_slide() -> None:
    p = deck()
    p.go_to(2)
    p.apply(Action.PREVIOUS)
    assert p.position == Position(1, 2)
    p.apply(Action.PREVIOUS)
    assert p.position == Position(1, 1)
    p.apply(Action.FIRST)
    p.apply(Action.PREVIOUS)
    assert p.position == Position(0, 0)


def test_next_position_previews_the_next_step_first() -> None:
    p = deck()
    p.go_to(1)
    assert p.next_position() == Position(1, 1)
    p.go_to(1, 2)
    assert p.next_position() == Position(2, 0)


def test_home_end() -> None:
    p = deck()
    p.apply(Action.LAST)
    assert p.position == Position(4, 0)
    p.apply(Action.FIRST)
    assert p.position == Position(0, 0)


def test_number_then_enter_jumps_and_enter_alone_is_next() -> None:
    p = deck()
    for digit in (4,):
        p.apply(Action.DIGIT, digit)
    assert p.digits == "4"
    p.apply(Action.ENTER)
    assert p.position == Position(3, 0) and p.digits == ""
    p.apply(Action.ENTER)
    assert p.position == Position(4, 0)


def test_jump_to_a_missing_slide_stays_and_says_so() -> None:
    p = deck()
    p.apply(Action.DIGIT, 4)
    p.apply(Action.DIGIT, 2)
    p.apply(Action.ENTER)
    assert p.position == Position(0, 0)
    assert "42" in p.message


def test_backspace_erases_a_digit_else_goes_back() -> None:
    p = deck()
    p.go_to(3)
    p.apply(Action.DIGIT, 1)
    p.apply(Action.DIGIT, 2)
    p.apply(Action.ERASE)
    assert p.digits == "1" and p.position == Position(3, 0)
    p.apply(Action.ENTER)
    assert p.position == Position(0, 0)
    p.go_to(3)
    p.apply(Action.ERASE)
    assert p.position == Position(2, 0)


def test_any_other_key_drops_a_typed_number() -> None:
    p = deck()
    p.apply(Action.DIGIT, 5)
    p.apply(Action.NEXT)
    assert p.digits == ""
    p.apply(Action.ENTER)
    assert p.position == Position(1, 1)  # Enter is plain "next" again, not a jump to 5


@pytest.mark.parametrize(
    ("action", "blank"), [(Action.BLACK, Blank.BLACK), (Action.WHITE, Blank.WHITE)]
)
def test_black_and_white_are_toggles(action: Action, blank: Blank) -> None:
    p = deck()
    p.apply(action)
    assert p.blank is blank
    p.apply(Action.NEXT)  # navigating privately keeps the screen blank
    assert p.blank is blank
    p.apply(action)
    assert p.blank is Blank.NONE


def test_black_then_white_switches_to_white() -> None:
    p = deck()
    p.apply(Action.BLACK)
    p.apply(Action.WHITE)
    assert p.blank is Blank.WHITE


def test_clicker_f5_esc_alternation_never_ends_the_show() -> None:
    p = deck()
    for _ in range(3):
        p.apply(Action.START)
        assert p.view is View.AUDIENCE
        p.apply(Action.LEAVE)
        assert p.view is View.AUDIENCE  # Esc does not drop back to the console or quit
        assert "Ctrl+Q" in p.message  # and the console says how to quit


def test_esc_closes_help_then_overview() -> None:
    p = deck()
    p.apply(Action.OVERVIEW)
    p.apply(Action.HELP)
    p.apply(Action.LEAVE)
    assert not p.help_open and p.overview_open
    p.apply(Action.LEAVE)
    assert not p.overview_open


def test_overview_cursor_moves_by_rows_and_chooses() -> None:
    p = deck()
    p.overview_columns = 2
    p.go_to(1)
    p.apply(Action.OVERVIEW)
    assert p.overview_cursor == 1
    p.apply(Action.PICK_DOWN)
    assert p.overview_cursor == 3
    p.apply(Action.PICK_RIGHT)
    p.apply(Action.PICK_RIGHT)  # clamped at the last slide
    assert p.overview_cursor == 4
    p.apply(Action.PICK_FIRST)
    p.apply(Action.PICK_RIGHT)
    p.apply(Action.PICK_CHOOSE)
    assert not p.overview_open and p.position == Position(1, 0)


def test_overview_click_jumps_to_that_slide() -> None:
    p = deck()
    p.apply(Action.OVERVIEW)
    p.apply(Action.PICK_CHOOSE, 3)
    assert p.position == Position(3, 0) and not p.overview_open


def test_one_screen_view_switch_and_overview_takes_the_console() -> None:
    p = deck()
    assert p.single_screen_view is View.CONSOLE
    p.apply(Action.SWITCH_VIEW)
    assert p.single_screen_view is View.AUDIENCE
    p.apply(Action.OVERVIEW)
    assert p.single_screen_view is View.CONSOLE
    p.apply(Action.PICK_CHOOSE, 2)
    assert p.single_screen_view is View.AUDIENCE


def test_notes_size_is_adjustable_within_bounds() -> None:
    p = deck()
    start = p.notes_size
    p.apply(Action.NOTES_BIGGER)
    assert p.notes_size > start
    for _ in range(30):
        p.apply(Action.NOTES_SMALLER)
    assert p.notes_size == Presentation.NOTES_SIZES[0]


def test_stopwatch_pause_resume_reset() -> None:
    clock = FakeClock()
    watch = Stopwatch(clock)
    assert watch.elapsed() == 0 and not watch.started
    watch.start()
    clock.now += 10
    watch.pause()
    clock.now += 100  # paused time does not count
    assert watch.elapsed() == 10
    watch.toggle()
    clock.now += 5
    assert watch.elapsed() == 15
    watch.reset()
    clock.now += 2
    assert watch.elapsed() == 2 and watch.running


def test_timer_starts_with_the_first_move_and_p_pauses_it() -> None:
    clock = FakeClock()
    p = deck(clock)
    clock.now += 60  # before the talk: not counted
    assert p.stopwatch.elapsed() == 0
    p.apply(Action.NEXT)
    clock.now += 30
    p.apply(Action.TIMER_PAUSE)
    clock.now += 30
    assert p.stopwatch.elapsed() == 30
    p.apply(Action.NEXT)  # moving does not silently resume a paused timer
    assert not p.stopwatch.running


def test_time_is_charged_to_the_module_on_screen() -> None:
    clock = FakeClock()
    p = deck(clock)
    p.apply(Action.START)
    clock.now += 120
    p.go_to(3)  # module 1
    clock.now += 45
    assert p.times.spent(0) == 120
    assert p.times.spent(1) == 45
    p.go_to(0)
    clock.now += 15
    assert p.times.spent(0) == 135 and p.times.spent(1) == 45
    p.apply(Action.TIMER_RESET)
    clock.now += 1
    assert p.times.spent(0) == 1 and p.times.spent(1) == 0


def test_module_times_keep_spent_time_when_replanned() -> None:
    clock = FakeClock()
    watch = Stopwatch(clock)
    times = ModuleTimes(watch, [5, 5])
    watch.start()
    clock.now += 10
    times.replan([5, 5, 8])
    assert times.spent(0) == 10 and times.spent(2) == 0
    assert times.planned_minutes == [5, 5, 8]


def test_relocate_follows_the_slide_when_one_is_inserted_before_it() -> None:
    assert relocate(["a", "b", "c"], 1, ["new", "a", "b", "c"]) == 2
    assert relocate(["a", "b", "c"], 2, ["a", "b"]) == 1  # gone: same number, clamped
    assert relocate(["a", "b"], 1, ["a", "renamed"]) == 1  # retitled: same number
    assert relocate(["a"], 0, []) == 0


def test_reload_keeps_slide_and_step() -> None:
    p = deck()
    p.go_to(1, 2)
    keys = ["s0", "s1", "s2", "s3", "s4"]
    p.reload(keys, ["new", *keys], [1, 1, 3, 1, 1, 2], [0, 0, 0, 1, 1, 1], [10, 20])
    assert p.position == Position(2, 2)
    p.reload(keys, keys[:2], [1, 2], [0, 0], [10])  # the step no longer exists: clamp it
    assert p.position == Position(1, 1)


def test_s_swaps_screens_with_two_and_switches_view_with_one() -> None:
    p = deck()
    p.set_screens(2)
    p.apply(Action.SWITCH_VIEW)
    assert p.swapped and p.view is View.CONSOLE
    p.set_screens(1)
    p.apply(Action.SWITCH_VIEW)
    assert p.view is View.AUDIENCE


def test_unplugging_the_projector_brings_the_console_back() -> None:
    p = deck()
    p.set_screens(2)
    p.apply(Action.START)
    p.set_screens(1)
    assert p.single_screen_view is View.CONSOLE
    p.set_screens(2)
    p.set_screens(2)  # repeated notifications change nothing
    assert p.two_screens


def test_laptop_screen_prefers_the_built_in_panel() -> None:
    assert laptop_screen(["HDMI-1", "eDP-1"], primary=0) == 1  # projector set as primary
    assert laptop_screen(["DP-2", "HDMI-1"], primary=1) == 1
    assert laptop_screen(["DP-2", "HDMI-1"], primary=None) == 0  # Wayland: no primary
