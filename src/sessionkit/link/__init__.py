"""The live link: the moderator's run shared on the local network (browser views,
followers, remote control). Qt-free, above services/ and below cli/ and ui/;
docs/live-link.md is the protocol."""
