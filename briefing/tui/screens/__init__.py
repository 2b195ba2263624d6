"""The app's modal screens: help, save-as, log."""
