"""The Qt item models the views show: the notes list (notes.py), the agenda editor's
rows (agenda.py), the events of a schedule being imported (schedule_events.py). Each
is tested with ``QAbstractItemModelTester``. (The dataclasses they show are in
domain/models.py.)"""
