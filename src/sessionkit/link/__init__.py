"""The live link: the moderator's run shared on the local network (browser views,
followers, remote control). Qt-free, above services/ and below cli/ and ui/;
docs/live-link.md is the protocol."""

# The port the app offers first when sharing (a free one when it is taken); easy to type
# on a rapporteur's laptop and to allow in a room's firewall.
DEFAULT_PORT = 8765
