judicial_act(v1, verdict, first_instance).
