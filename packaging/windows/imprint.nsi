; The Windows installer: per-machine, into Program Files\Imprint, with Start-menu entries, the
; file types Imprint opens, an entry in "Apps & features" and an uninstaller. Silent with /S.
; Built by packaging/windows/package.sh, which passes VERSION, STAGE (the installed tree),
; STAGE_FILES (an include deleting each staged file, deepest first) and OUTFILE.
Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
RequestExecutionLevel admin
ManifestDPIAware true

!ifndef VERSION
  !error "makensis -DVERSION=... -DSTAGE=... -DOUTFILE=..."
!endif
!define PRODUCT "Imprint"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Imprint"
!define PROGID "Imprint.DiskImage"

Name "${PRODUCT} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${PRODUCT}"
InstallDirRegKey HKLM "${UNINSTALL_KEY}" "InstallLocation"
Icon "${STAGE}\imprint.ico"
UninstallIcon "${STAGE}\imprint.ico"
VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${PRODUCT}"
VIAddVersionKey "FileDescription" "${PRODUCT} installer"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "CompanyName" "${PRODUCT}"
VIAddVersionKey "LegalCopyright" "The Imprint authors"

Page directory
Page instfiles
UninstPage uninstConfirm
UninstPage instfiles

!macro OpenWith ext
  ; A second choice in "Open with", never taking the type over from what the user has
  WriteRegStr HKLM "Software\Classes\${ext}\OpenWithProgids" "${PROGID}" ""
!macroend
!macro NoLongerOpenWith ext
  DeleteRegValue HKLM "Software\Classes\${ext}\OpenWithProgids" "${PROGID}"
  DeleteRegKey /ifempty HKLM "Software\Classes\${ext}\OpenWithProgids"
  DeleteRegKey /ifempty HKLM "Software\Classes\${ext}"
!macroend

Section "Imprint"
  SetRegView 64
  SetShellVarContext all
  SetOutPath "$INSTDIR"
  File /r "${STAGE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${PRODUCT}.lnk" "$INSTDIR\imprint-gui.exe" "" "$INSTDIR\imprint.ico"

  ; Disk images: .img opens in Imprint when nothing else claims it; .img.xz, .img.zst and
  ; .img.gz end in .xz, .zst and .gz for Windows, so Imprint is offered in "Open with" there.
  WriteRegStr HKLM "Software\Classes\${PROGID}" "" "Disk image"
  WriteRegStr HKLM "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\imprint.ico"
  WriteRegStr HKLM "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\imprint-gui.exe" "%1"'
  ReadRegStr $0 HKLM "Software\Classes\.img" ""
  StrCmp $0 "" 0 +2
    WriteRegStr HKLM "Software\Classes\.img" "" "${PROGID}"
  !insertmacro OpenWith ".img"
  !insertmacro OpenWith ".xz"
  !insertmacro OpenWith ".zst"
  !insertmacro OpenWith ".gz"
  WriteRegStr HKLM "Software\Classes\Applications\imprint-gui.exe\shell\open\command" "" '"$INSTDIR\imprint-gui.exe" "%1"'

  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "The Imprint authors"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\imprint.ico"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetRegView 64
  SetShellVarContext all
  Delete "$SMPROGRAMS\${PRODUCT}.lnk"
  ReadRegStr $0 HKLM "Software\Classes\.img" ""
  StrCmp $0 "${PROGID}" 0 +2
    DeleteRegValue HKLM "Software\Classes\.img" ""
  !insertmacro NoLongerOpenWith ".img"
  !insertmacro NoLongerOpenWith ".xz"
  !insertmacro NoLongerOpenWith ".zst"
  !insertmacro NoLongerOpenWith ".gz"
  DeleteRegKey HKLM "Software\Classes\${PROGID}"
  DeleteRegKey HKLM "Software\Classes\Applications\imprint-gui.exe"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  ; Only what the installer put there (package.sh lists it), so an install folder chosen by hand
  ; loses nothing else; the folder goes when it is then empty.
  !include "${STAGE_FILES}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
SectionEnd
