"""The error a territory request is refused with, shared by provisioning and by adding or removing a language."""


class ProvisioningError(Exception):
    """A request that cannot be provisioned; the message is French and meant for the person asking."""
