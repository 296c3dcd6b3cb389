"""Talking to the knowledge base: SWI-Prolog and the Python objects it is asked about.

engine      the one SWI-Prolog of a process (pyswip), on a thread of its own; requests and answers as JSON
kb          :class:`KnowledgeBase`: ask a question of a case, list the vocabulary, the norms, the questions
case        :class:`Case` and :class:`Fact`: a case file read and checked
pool        one question asked of many cases, by worker processes (``KnowledgeBase.ask_many``)
worker      one worker process of a pool (``python -m pyswip_bridge.bridge.worker``)
records     answer records: an answer with what it was asked of (case, readings, KB version), and their diffs
resources   where the data lives: the KB (``kb/``) and the worked scenarios (``queries/``)

Nothing here imports the renderers, the command line or the batch files: they are built on this.
"""
