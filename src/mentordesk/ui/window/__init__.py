"""The main window: its frame, menus, navigation, database opening and preferences.

:mod:`.main_window` assembles the window from the parts in the other modules.
"""
