# dbm_read_sdk_version(<header>) sets, in the caller's scope,
#   DBM_PLUGIN_ABI_VERSION  the plugin ABI number (dbm::kPluginApiVersion)
#   DBM_SDK_VERSION         the SDK's version, "<major>.<minor>"
# read from dbm/entry.h, the one place both are stated: the package's
# ConfigVersion file and pkg-config's Version are made from these, never
# written down a second time.
function(dbm_read_sdk_version header)
  set(names kPluginApiVersion kSdkVersionMajor kSdkVersionMinor)
  file(STRINGS ${header} lines REGEX "inline constexpr uint32_t k(PluginApiVersion|SdkVersionMajor|SdkVersionMinor) = [0-9]+;")
  foreach(name IN LISTS names)
    set(${name} "")
    foreach(line IN LISTS lines)
      if(line MATCHES "${name} = ([0-9]+);")
        if(NOT ${name} STREQUAL "")
          message(FATAL_ERROR "${header}: ${name} is defined twice")
        endif()
        set(${name} ${CMAKE_MATCH_1})
      endif()
    endforeach()
    if(${name} STREQUAL "")
      message(FATAL_ERROR "${header}: no line 'inline constexpr uint32_t ${name} = <number>;'")
    endif()
  endforeach()
  set(DBM_PLUGIN_ABI_VERSION ${kPluginApiVersion} PARENT_SCOPE)
  set(DBM_SDK_VERSION ${kSdkVersionMajor}.${kSdkVersionMinor} PARENT_SCOPE)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${header})
endfunction()
