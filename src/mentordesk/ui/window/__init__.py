"""The main window: its frame, menus, navigation, database opening and preferences."""
