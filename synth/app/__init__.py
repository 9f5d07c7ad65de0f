"""``synth app``: the interactive explorer (issue 16). A local web page with sliders over the inputs that matter,
the shipped architectures side by side against the ground, re-solved on a warm model per case as the sliders move.

``serve(AppConfig([...]))`` runs it; ``create_app`` gives the Starlette application (tests drive it in-process).
"""

from synth.app.server import AppConfig, create_app, serve

__all__ = ["AppConfig", "create_app", "serve"]
