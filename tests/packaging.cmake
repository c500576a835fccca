# packaging: the desktop file and the AppStream metadata validate with Debian's own tools.
add_test(NAME desktop_file_validates
    COMMAND desktop-file-validate ${CMAKE_SOURCE_DIR}/packaging/dev.agentworkbench.AgentWorkbench.desktop)
add_test(NAME metainfo_validates
    COMMAND appstreamcli validate --no-net ${CMAKE_SOURCE_DIR}/packaging/dev.agentworkbench.AgentWorkbench.metainfo.xml)
