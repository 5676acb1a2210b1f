"""Trained models shipped with raadsassistent (data only, no code is loaded from here)."""
