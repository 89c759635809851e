"""The serving stack: nginx in front of Streamlit replicas (`make serve`); see README.md."""
