"""The error a backup or a restore stops with."""


class BackupError(Exception):
    """A backup or restore that cannot go on; the message is French, says what to do, and says what was changed
    if anything was."""
