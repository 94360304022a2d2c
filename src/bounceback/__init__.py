"""bounceback: turn job rejections into the next opportunity."""

__version__ = "0.1.0"
