"""Events stage: a parsed `Doc`, its `ActorMention`s and the publication date in, `EventMention`s out.

Each event carries its PLOVER type and CAMEO code, its modality (did it happen?), its own date,
its place and the evidence that produced it. Pure: it never touches the store.
"""
