# Installs the SDK (install component "sdk") as the Debian -dev package lays it out:
#   ${CMAKE_INSTALL_INCLUDEDIR}/dbm/*.h
#   ${CMAKE_INSTALL_LIBDIR}/libdbm_plugin_api.a
#   ${CMAKE_INSTALL_LIBDIR}/cmake/DbManagePluginApi/   Config, ConfigVersion, Targets,
#       DbManagePluginApiFunctions.cmake, exports.map, revision_list.{h,cpp}.in
#   ${CMAKE_INSTALL_LIBDIR}/pkgconfig/db-manage-plugin-api.pc
# Included by plugin_api/CMakeLists.txt, whose target dbm_plugin_api it installs.
include(CMakePackageConfigHelpers)
include(${CMAKE_CURRENT_LIST_DIR}/SdkVersion.cmake)

dbm_read_sdk_version(${PROJECT_SOURCE_DIR}/plugin_api/include/dbm/entry.h)

set(package_dir ${CMAKE_INSTALL_LIBDIR}/cmake/DbManagePluginApi)
set(staging ${CMAKE_CURRENT_BINARY_DIR}/package)

install(DIRECTORY ${PROJECT_SOURCE_DIR}/plugin_api/include/dbm
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT sdk)
install(TARGETS dbm_plugin_api EXPORT DbManagePluginApiTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT sdk)
install(EXPORT DbManagePluginApiTargets NAMESPACE DbManage::
        DESTINATION ${package_dir} COMPONENT sdk)

configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/DbManagePluginApiConfig.cmake.in
  ${staging}/DbManagePluginApiConfig.cmake INSTALL_DESTINATION ${package_dir})
# Same major: a plugin built against 1.x loads into any host of the same ABI
# (entry.h ties the major to the ABI number).
write_basic_package_version_file(${staging}/DbManagePluginApiConfigVersion.cmake
  VERSION ${DBM_SDK_VERSION} COMPATIBILITY SameMajorVersion)
install(FILES
    ${staging}/DbManagePluginApiConfig.cmake
    ${staging}/DbManagePluginApiConfigVersion.cmake
    ${CMAKE_CURRENT_LIST_DIR}/DbManagePluginApiFunctions.cmake
    ${CMAKE_CURRENT_LIST_DIR}/exports.map
    ${CMAKE_CURRENT_LIST_DIR}/revision_list.h.in
    ${CMAKE_CURRENT_LIST_DIR}/revision_list.cpp.in
  DESTINATION ${package_dir} COMPONENT sdk)

# pkg-config: written at install time, so that its prefix is the one the
# install uses (`cmake --install --prefix` may differ from the configured one).
foreach(dir INCLUDEDIR LIBDIR)
  if(IS_ABSOLUTE "${CMAKE_INSTALL_${dir}}")
    set(pc_${dir} "${CMAKE_INSTALL_${dir}}")
  else()
    set(pc_${dir} "\${prefix}/${CMAKE_INSTALL_${dir}}")
  endif()
endforeach()
set(pc_file ${staging}/db-manage-plugin-api.pc)
# Bracket arguments: the install script must not expand pkg-config's ${prefix}.
install(CODE "
  set(DBM_SDK_VERSION [==[${DBM_SDK_VERSION}]==])
  set(DBM_PLUGIN_ABI_VERSION [==[${DBM_PLUGIN_ABI_VERSION}]==])
  set(DBM_PC_INCLUDEDIR [==[${pc_INCLUDEDIR}]==])
  set(DBM_PC_LIBDIR [==[${pc_LIBDIR}]==])
  set(DBM_PC_PACKAGE_DIR [==[${pc_LIBDIR}/cmake/DbManagePluginApi]==])
  configure_file([==[${CMAKE_CURRENT_LIST_DIR}/db-manage-plugin-api.pc.in]==] [==[${pc_file}]==] @ONLY)
  " COMPONENT sdk)
install(FILES ${pc_file} DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig COMPONENT sdk)
